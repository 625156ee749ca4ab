/**
 * Abridged `--help` texts: the real first lines and the options DriftLab implements, so `ls --help` reads like
 * Debian's without promising flags the simulation ignores.
 */

function coreutils(name: string, body: string): string {
  return `${body}      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Full documentation <https://www.gnu.org/software/coreutils/${name}>
or available locally via: info '(coreutils) ${name} invocation'
`;
}

export const HELP = {
  ls: coreutils(
    'ls',
    `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).
Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all                  do not ignore entries starting with .
  -A, --almost-all           do not list implied . and ..
  -C                         list entries by columns
      --color[=WHEN]         color the output WHEN; more info below
  -d, --directory            list directories themselves, not their contents
  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.
  -l                         use a long listing format
  -r, --reverse              reverse order while sorting
  -R, --recursive            list subdirectories recursively
  -S                         sort by file size, largest first
  -t                         sort by time, newest first; see --time
  -U                         do not sort; list entries in directory order
  -w, --width=COLS           set output width to COLS.  0 means no limit
  -1                         list one file per line
`,
  ),
  cp: coreutils(
    'cp',
    `Usage: cp [OPTION]... [-T] SOURCE DEST
  or:  cp [OPTION]... SOURCE... DIRECTORY
Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
  -a, --archive                same as -dR --preserve=all
  -f, --force                  if an existing destination file cannot be
                                 opened, remove it and try again
  -n, --no-clobber             do not overwrite an existing file
  -p                           same as --preserve=mode,ownership,timestamps
  -R, -r, --recursive          copy directories recursively
  -v, --verbose                explain what is being done
`,
  ),
  mv: coreutils(
    'mv',
    `Usage: mv [OPTION]... [-T] SOURCE DEST
  or:  mv [OPTION]... SOURCE... DIRECTORY
Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
  -f, --force                  do not prompt before overwriting
  -n, --no-clobber             do not overwrite an existing file
  -v, --verbose                explain what is being done
`,
  ),
  rm: coreutils(
    'rm',
    `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -r, -R, --recursive   remove directories and their contents recursively
  -d, --dir             remove empty directories
  -v, --verbose         explain what is being done
`,
  ),
  mkdir: coreutils(
    'mkdir',
    `Usage: mkdir [OPTION]... DIRECTORY...
Create the DIRECTORY(ies), if they do not already exist.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask
  -p, --parents     no error if existing, make parent directories as needed,
                    with their file modes unaffected by any -m option.
  -v, --verbose     print a message for each created directory
`,
  ),
  touch: coreutils(
    'touch',
    `Usage: touch [OPTION]... FILE...
Update the access and modification times of each FILE to the current time.

A FILE argument that does not exist is created empty, unless -c or -h
is supplied.

Mandatory arguments to long options are mandatory for short options too.
  -a                     change only the access time
  -c, --no-create        do not create any files
  -m                     change only the modification time
`,
  ),
  chmod: coreutils(
    'chmod',
    `Usage: chmod [OPTION]... MODE[,MODE]... FILE...
  or:  chmod [OPTION]... OCTAL-MODE FILE...
Change the mode of each FILE to MODE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
  -R, --recursive        change files and directories recursively
`,
  ),
  chown: coreutils(
    'chown',
    `Usage: chown [OPTION]... [OWNER][:[GROUP]] FILE...
Change the owner and/or group of each FILE to OWNER and/or GROUP.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
  -R, --recursive        operate on files and directories recursively
`,
  ),
  stat: coreutils(
    'stat',
    `Usage: stat [OPTION]... FILE...
Display file or file system status.

Mandatory arguments to long options are mandatory for short options too.
  -L, --dereference     follow links
  -t, --terse           print the information in terse form
`,
  ),
  find: `Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]

Default path is the current directory; default expression is -print.
Expression may consist of: operators, options, tests, and actions.

Normal options (always true, specified before other expressions):
      -maxdepth LEVELS -mindepth LEVELS

Tests (N can be +N or -N or N):
      -iname PATTERN -name PATTERN -newer FILE -type [fd]

Actions:
      -print

Report (and track progress on fixing) bugs via the findutils bug-reporting
page at https://savannah.gnu.org/ or, if you have no web access, by sending
email to <bug-findutils@gnu.org>.
`,
  tree: `usage: tree [-adfhLpugDrt] [-L level] [--] [directory ...]
  ------- Listing options -------
  -a            All files are listed.
  -d            List directories only.
  -f            Print the full path prefix for each file.
  -L level      Descend only level directories deep.
  --noreport    Turn off file/directory count at end of tree listing.
  ------- File options -------
  -p            Print the protections for each file.
  -u            Displays file owner or UID number.
  -g            Displays file group owner or GID number.
  -h            Print the size in a more human readable way.
  ------- Sorting options -------
  -r            Reverse the order of the sort.
  -t            Sort files by last modification time.
  ------- Miscellaneous options -------
  --help        Print usage and this help message and exit.
  --version     Print version and exit.
`,
  which: 'Usage: /usr/bin/which [-a] args\n',
  more: `
Usage:
 more [options] <file>...

A file perusal filter for CRT viewing.

Options:
 -s, --squeeze         squeeze multiple blank lines into one

 -h, --help            display this help
 -V, --version         display version

For more details see more(1).
`,
  less: `
                   SUMMARY OF LESS COMMANDS

      Commands marked with * may be preceded by a number, N.
      Notes in parentheses indicate the behavior if N is given.

  h  H                 Display this help.
  q  :q  Q  :Q  ZZ     Exit.
 ---------------------------------------------------------------------------

                           MOVING

  e  ^E  j  ^N  CR  *  Forward  one line   (or N lines).
  y  ^Y  k  ^K  ^P  *  Backward one line   (or N lines).
  f  ^F  ^V  SPACE  *  Forward  one window (or N lines).
  b  ^B  ESC-v      *  Backward one window (or N lines).
`,
  nano: ` Usage: nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...

To place the cursor on a specific line of a file, put the line number with
a '+' before the filename.  The column number can be added after a comma.
When a filename is '-', nano reads data from standard input.

 Option         Long option             Meaning
 -h             --help                  Show this help text and exit
 -V             --version               Print version information and exit
`,
  vim: `VIM - Vi IMproved 9.0 (2022 Jun 28, compiled May 04 2023 10:24:44)

Usage: vim [arguments] [file ..]       edit specified file(s)

Arguments:
   --			Only file names after this
   -R			Readonly mode (like "view")
   -h  or  --help	Print Help (this message) and exit
   --version		Print version information and exit
`,
} as const;
