import { describe, expect, it } from 'vitest';
import { formatAptError, formatAptNote, formatUnmet } from './errors';

describe('formatAptError: apt exact wording', () => {
  it('E_UNABLE_TO_LOCATE', () => {
    expect(formatAptError('E_UNABLE_TO_LOCATE', { name: 'foo' })).toBe('E: Unable to locate package foo');
  });

  it('E_VERSION_NOT_FOUND', () => {
    expect(formatAptError('E_VERSION_NOT_FOUND', { name: 'nginx', version: '9.9' })).toBe(
      "E: Version '9.9' for 'nginx' was not found",
    );
  });

  it('E_NO_INSTALLATION_CANDIDATE for a virtual package', () => {
    expect(
      formatAptError('E_NO_INSTALLATION_CANDIDATE', {
        name: 'httpd',
        providers: [
          { name: 'nginx', version: '1.26.2-1~bookworm' },
          { name: 'nginx-core', version: '1.22.1-9+deb12u2' },
        ],
      }),
    ).toBe(
      [
        'Package httpd is a virtual package provided by:',
        '  nginx 1.26.2-1~bookworm',
        '  nginx-core 1.22.1-9+deb12u2',
        'You should explicitly select one to install.',
        '',
        "E: Package 'httpd' has no installation candidate",
      ].join('\n'),
    );
  });

  it('E_NO_INSTALLATION_CANDIDATE for a package only referred to', () => {
    expect(formatAptError('E_NO_INSTALLATION_CANDIDATE', { name: 'libpq5', providers: [] })).toBe(
      [
        'Package libpq5 is not available, but is referred to by another package.',
        'This may mean that the package is missing, has been obsoleted, or',
        'is only available from another source',
        '',
        "E: Package 'libpq5' has no installation candidate",
      ].join('\n'),
    );
  });

  it('E_UNMET_DEPENDENCIES with apt’s preamble, aligned follow-up lines and OR-groups', () => {
    const text = formatAptError('E_UNMET_DEPENDENCIES', {
      problems: [
        {
          package: 'nginx',
          relation: 'Depends',
          alternatives: [
            {
              name: 'nginx-core',
              constraint: { op: '<<', version: '1.22.1-9.1~' },
              state: { kind: 'to-be-installed', version: '1.22.1-9.2' },
            },
          ],
        },
        {
          package: 'nginx',
          relation: 'Depends',
          alternatives: [
            { name: 'foo', state: { kind: 'not-installable' } },
            { name: 'bar', state: { kind: 'not-going-to-be-installed' } },
          ],
        },
        {
          package: 'x',
          relation: 'Conflicts',
          alternatives: [{ name: 'httpd', state: { kind: 'virtual' } }],
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Some packages could not be installed. This may mean that you have',
      'requested an impossible situation or if you are using the unstable',
      'distribution that some required packages have not yet been created',
      'or been moved out of Incoming.',
      'The following information may help to resolve the situation:',
      '',
      'The following packages have unmet dependencies:',
      ' nginx : Depends: nginx-core (< 1.22.1-9.1~) but 1.22.1-9.2 is to be installed',
      '         Depends: foo but it is not installable or',
      '                  bar but it is not going to be installed',
      ' x : Conflicts: httpd',
      'E: Unable to correct problems, you have held broken packages.',
    ]);
  });

  it('held, essential and protected removals', () => {
    expect(formatAptError('E_HELD_PACKAGES_CHANGED', { names: ['nginx'] })).toBe(
      'E: Held packages were changed and -y was used without --allow-change-held-packages.',
    );
    expect(formatAptError('E_REMOVE_ESSENTIAL', { names: ['bash'] }).split('\n')).toEqual([
      'WARNING: The following essential packages will be removed.',
      'This should NOT be done unless you know exactly what you are doing!',
      '  bash',
      'E: Essential packages were removed and -y was used without --allow-remove-essential.',
    ]);
    expect(formatAptError('E_REMOVE_PROTECTED', { names: ['init'] })).toBe(
      'E: Removing essential system-critical packages is not permitted. This might break the system.',
    );
  });

  it('formatUnmet of nothing is empty', () => {
    expect(formatUnmet([])).toEqual([]);
  });
});

describe('formatAptNote', () => {
  it('notes use apt wording', () => {
    expect(formatAptNote('N_ALREADY_NEWEST', { name: 'nginx', version: '1.22.1-9' })).toBe(
      'nginx is already the newest version (1.22.1-9).',
    );
    expect(formatAptNote('N_NOT_INSTALLED', { name: 'htop' })).toBe(
      "Package 'htop' is not installed, so not removed",
    );
    expect(formatAptNote('N_SELECTING_INSTEAD', { virtual: 'httpd', name: 'nginx-core' })).toBe(
      "Note, selecting 'nginx-core' instead of 'httpd'",
    );
  });
});
