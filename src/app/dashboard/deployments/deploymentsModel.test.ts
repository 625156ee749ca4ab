import { describe, expect, it } from 'vitest';
import { frotaWorld } from '../../../core';
import { afterCommands } from '../../store/testkit';
import { backendsDownFirst, deploymentsOf, visibleText } from './deploymentsModel';

describe('deployments model', () => {
  it('reads a page as a browser shows it: words only, no tags, entities decoded', () => {
    const html =
      '<!DOCTYPE html>\n<html><head><title>T</title><style>p{}</style></head>\n<body><header><h1>Loja</h1><nav><a href="/p">Produtos</a> · <a>Carrinho</a></nav></header><main><p>R&amp;D &lt;3 &#65;&#x42;</p></main><script>alert(1)</script></body></html>';
    expect(visibleText(html)).toBe('Loja\nProdutos · Carrinho\nR&D <3 AB');
  });

  it('lists the backends that are down first', () => {
    const list = [
      { host: 'a', up: true },
      { host: 'b', up: false },
      { host: 'c', up: true },
    ];
    expect(backendsDownFirst(list).map((b) => b.host)).toEqual(['b', 'a', 'c']);
  });

  it('has one deployment per environment with app servers; stopping nginx degrades prod', () => {
    const world = frotaWorld({ seed: 1, now: Date.UTC(2026, 10, 29, 9) });
    expect(deploymentsOf(world).map((d) => [d.env, d.status])).toEqual([
      ['prod', 'healthy'],
      ['staging', 'healthy'],
    ]);
    expect(deploymentsOf(world)).toBe(deploymentsOf(world));
    const after = afterCommands(world, 'ssh web-01', 'sudo systemctl stop nginx');
    const prod = deploymentsOf(after)[0];
    expect(prod?.status).toBe('degraded');
    expect(prod?.backends.find((b) => b.host === 'web-01')?.up).toBe(false);
  });
});
