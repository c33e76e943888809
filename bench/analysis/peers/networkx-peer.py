"""NetworkX peer and oracle for the analysis benchmarks and tests.

usage: networkx-peer.py cycles FILE.csv K [--list]   bounded simple cycles (K = 0: unbounded)
       networkx-peer.py clear FILE.csv               maximum circulation by network simplex
       networkx-peer.py en FILE.csv SHOCKS.json      Eisenberg-Noe greatest clearing vector (SciPy LP)
       networkx-peer.py en-picard FILE.csv SHOCKS.json   the same by Picard iteration (SciPy sparse)

Reads an edge-list CSV (header from,to,amount; parallel rows are summed, self-loops dropped) and
prints one JSON object with the result and the algorithm's own CPU time in milliseconds.
"""
import csv
import json
import sys
import time

import networkx as nx


def read(path):
    g = nx.DiGraph()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            a, b, amount = row["from"], row["to"], row["amount"]
            if a == b:
                continue
            x = int(amount) if amount not in ("", None) else 0
            if g.has_edge(a, b):
                g[a][b]["amount"] += x
            else:
                g.add_edge(a, b, amount=x)
    return g


def canonical(cycle):
    i = cycle.index(min(cycle))
    return ">".join(cycle[i:] + cycle[:i])


def cycles(path, k, listing):
    g = read(path)
    t0 = time.process_time()
    try:
        found = list(nx.simple_cycles(g, length_bound=k if k > 0 else None))
    except TypeError:
        # NetworkX before 3.1 (Debian's 2.8) has no length_bound: close every arc u->v with the
        # simple paths v..u of at most k-1 arcs (all_simple_paths), each cycle once.
        if k <= 0:
            found = list(nx.simple_cycles(g))
        else:
            seen = {}
            for u, v in g.edges():
                for path in nx.all_simple_paths(g, v, u, cutoff=k - 1):
                    seen.setdefault(canonical(path), path)
            found = list(seen.values())
    ms = (time.process_time() - t0) * 1000
    out = {"count": len(found), "ms": ms}
    if listing:
        out["cycles"] = sorted(canonical(c) for c in found)
    print(json.dumps(out))


def clear(path):
    g = read(path)
    h = nx.DiGraph()
    gross = 0
    for a, b, d in g.edges(data=True):
        if d["amount"] > 0:
            h.add_edge(a, b, capacity=d["amount"], weight=-1)
            gross += d["amount"]
    t0 = time.process_time()
    cost, _ = nx.network_simplex(h) if h.number_of_edges() else (0, {})
    ms = (time.process_time() - t0) * 1000
    print(json.dumps({"cleared": -cost, "gross": gross, "ms": ms}))


def eisenberg_noe(path, shocks_path):
    """Greatest clearing vector as an LP: max sum p s.t. p <= cap, p <= e + Pi^T p, p >= 0."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import csr_matrix, identity

    g = read(path)
    with open(shocks_path) as f:
        spec = json.load(f)
    nodes = sorted(g.nodes())
    ix = {u: i for i, u in enumerate(nodes)}
    n = len(nodes)
    pbar = np.zeros(n)
    inflow = np.zeros(n)
    rows, cols, vals = [], [], []
    for a, b, d in g.edges(data=True):
        pbar[ix[a]] += d["amount"]
        inflow[ix[b]] += d["amount"]
    for a, b, d in g.edges(data=True):
        if pbar[ix[a]] > 0:
            rows.append(ix[b]); cols.append(ix[a]); vals.append(d["amount"] / pbar[ix[a]])
    pit = csr_matrix((vals, (rows, cols)), shape=(n, n))  # Pi transposed: row j collects payers i
    external = np.array([spec.get("external", {}).get(u, max(0.0, pbar[ix[u]] - inflow[ix[u]])) for u in nodes])
    cap = pbar.copy()
    for u, share in spec.get("shocks", {}).items():
        cap[ix[u]] = share * pbar[ix[u]]
    t0 = time.process_time()
    # p - Pi^T p <= e
    res = linprog(-np.ones(n), A_ub=identity(n) - pit, b_ub=external, bounds=list(zip([0.0] * n, cap)), method="highs")
    ms = (time.process_time() - t0) * 1000
    print(json.dumps({"payments": {u: float(res.x[ix[u]]) for u in nodes}, "ms": ms, "status": int(res.status)}))


def eisenberg_noe_picard(path, shocks_path):
    """Picard iteration on payment ratios with SciPy sparse matrices (timing peer)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    nodes, index, rows, cols, vals = {}, [], [], [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["from"] == row["to"] or row["amount"] in ("", None):
                continue
            a = nodes.setdefault(row["from"], len(nodes))
            b = nodes.setdefault(row["to"], len(nodes))
            rows.append(b); cols.append(a); vals.append(float(row["amount"]))
    with open(shocks_path) as f:
        spec = json.load(f)
    n = len(nodes)
    L_in = csr_matrix((vals, (rows, cols)), shape=(n, n))  # row v: what each payer owes v
    owed = np.asarray(L_in.sum(axis=0)).ravel()
    claims = np.asarray(L_in.sum(axis=1)).ravel()
    external = np.maximum(0.0, owed - claims)
    cap = np.ones(n)
    for u, share in spec.get("shocks", {}).items():
        cap[nodes[u]] = share
    safe = np.where(owed > 0, owed, 1.0)
    t0 = time.process_time()
    r = cap.copy()
    iterations = 0
    while iterations < 10000:
        iterations += 1
        nxt = np.where(owed > 0, np.minimum(cap, (external + L_in @ r) / safe), 1.0)
        moved = np.max((r - nxt) * owed) if n else 0.0
        r = nxt
        if moved <= 0.5:
            break
    ms = (time.process_time() - t0) * 1000
    short = int(np.sum((1 - r) * owed > 0.5))
    print(json.dumps({"defaulted": short, "iterations": iterations, "ms": ms}))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "cycles":
        cycles(sys.argv[2], int(sys.argv[3]), "--list" in sys.argv)
    elif cmd == "clear":
        clear(sys.argv[2])
    elif cmd == "en-picard":
        eisenberg_noe_picard(sys.argv[2], sys.argv[3])
    elif cmd == "en":
        eisenberg_noe(sys.argv[2], sys.argv[3])
    else:
        sys.exit("unknown command " + cmd)
