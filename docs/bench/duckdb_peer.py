"""The speed peer of `sipas score` (docs/development.md, "Benchmarks"): DuckDB computes, per unit and SIPAS 2017
criterion, the weighted share satisfied and the sums its linearized standard error needs (SUM(w*v), SUM(w*s),
SUM(w^2*v), SUM(w^2*s)), from the same CSV file. Only for measuring; not a dependency of sipas.

    pip install duckdb
    python3 docs/bench/duckdb_peer.py FILE [ROUNDS]

prints the wall time of each round (a new connection each round, all cores) and the best and median. Time the whole
process as a user runs it with `/usr/bin/time python3 docs/bench/duckdb_peer.py FILE 1`."""
import statistics
import sys
import time

import duckdb

ITEMS = ["A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3", "C4", "C5", "C6",
         "D1", "D2", "D3", "E1", "E2", "E3", "E4"]


def query(path):
    cols = ", ".join(ITEMS)
    return f"""
    WITH long AS (
      UNPIVOT (SELECT unit, weight AS w, {cols} FROM read_csv('{path}', header = true, all_varchar = false))
      ON {cols} INTO NAME item VALUE code
    ), flags AS (
      SELECT unit, item, w,
             CASE WHEN code BETWEEN 1 AND 5 THEN 1 ELSE 0 END AS v,
             CASE WHEN code BETWEEN 4 AND 5 THEN 1 ELSE 0 END AS s
      FROM long
    )
    SELECT unit, item,
           SUM(w * s) / SUM(w * v) AS idx,
           SUM(w * v) AS wv, SUM(w * s) AS ws, SUM(w * w * v) AS w2v, SUM(w * w * s) AS w2s,
           COUNT(*) AS n
    FROM flags GROUP BY unit, item ORDER BY unit, item
    """


def main():
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        con = duckdb.connect()
        rows = con.execute(query(path)).fetchall()
        con.close()
        times.append(time.perf_counter() - start)
        print(f"duckdb {duckdb.__version__}: {len(rows)} unit-criterion rows in {times[-1]:.3f} s", flush=True)
    print(f"duckdb best {min(times):.3f} s, median {statistics.median(times):.3f} s")


if __name__ == "__main__":
    main()
