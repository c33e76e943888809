// LEMON peer for obligation clearing: the largest amount that cancels around cycles.
// Usage: lemon-clear FILE.csv [SOLVERS]   SOLVERS: comma-separated among ns,ns_circ,cs,cs_sup (default all)
// Reads an edge-list CSV (header from,to,amount; node names are any strings; rows with an empty
// amount and self-loops are skipped; parallel rows stay parallel arcs) and solves the problem in
// both standard formulations with both solvers, timing each solve alone (process CPU time):
//   circulation: cost -1 per unit on every arc, no supplies; cleared = -cost
//   supplies:    cost 1 per unit, net positions as supplies;  cleared = gross - cost
// Prints one JSON object: {"n","m","gross","ns","ns_circ","cs","cs_sup"}, each solver entry
// {"cleared","ms","ok"}; "ns" is NetworkSimplex on supplies, "cs" CostScaling on the circulation
// (the faster formulation of each on our graphs).
#include <lemon/cost_scaling.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace lemon;
typedef long long Int;
typedef SmartDigraph G;

template <typename Solver>
static void solve(const char* key, const G& g, const G::ArcMap<Int>& cap, bool supplies, const G::NodeMap<Int>& sup, Int gross) {
  G::ArcMap<Int> cost(g, supplies ? 1 : -1);
  Solver s(g);
  s.upperMap(cap).costMap(cost);
  if (supplies) s.supplyMap(sup);
  std::clock_t t0 = std::clock();
  auto status = s.run();
  double ms = 1000.0 * (double)(std::clock() - t0) / CLOCKS_PER_SEC;
  Int total = (Int)s.totalCost();
  Int cleared = supplies ? gross - total : -total;
  std::printf(",\"%s\":{\"cleared\":%lld,\"ms\":%.3f,\"ok\":%s}", key, cleared, ms, status == Solver::OPTIMAL ? "true" : "false");
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: lemon-clear FILE.csv [ns,ns_circ,cs,cs_sup]\n";
    return 2;
  }
  std::string which = "," + std::string(argc > 2 ? argv[2] : "ns,ns_circ,cs,cs_sup") + ",";
  auto wanted = [&](const char* key) { return which.find("," + std::string(key) + ",") != std::string::npos; };
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  std::string line;
  std::getline(in, line);  // header: from,to,amount[,...]
  std::unordered_map<std::string, int> id;
  std::vector<int> from, to;
  std::vector<Int> amount;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::stringstream ss(line);
    std::string a, b, c;
    std::getline(ss, a, ',');
    std::getline(ss, b, ',');
    std::getline(ss, c, ',');
    if (c.empty() || a == b) continue;
    int ia = id.emplace(a, (int)id.size()).first->second;
    int ib = id.emplace(b, (int)id.size()).first->second;
    from.push_back(ia);
    to.push_back(ib);
    amount.push_back(std::stoll(c));
  }
  G g;
  std::vector<G::Node> nodes;
  for (size_t i = 0; i < id.size(); i++) nodes.push_back(g.addNode());
  G::ArcMap<Int> cap(g);
  G::NodeMap<Int> sup(g, 0);
  Int gross = 0;
  for (size_t i = 0; i < from.size(); i++) {
    G::Arc e = g.addArc(nodes[from[i]], nodes[to[i]]);
    cap[e] = amount[i];
    sup[nodes[from[i]]] += amount[i];
    sup[nodes[to[i]]] -= amount[i];
    gross += amount[i];
  }
  std::printf("{\"n\":%zu,\"m\":%zu,\"gross\":%lld", id.size(), from.size(), gross);
  if (wanted("ns")) solve<NetworkSimplex<G, Int, Int> >("ns", g, cap, true, sup, gross);
  if (wanted("ns_circ")) solve<NetworkSimplex<G, Int, Int> >("ns_circ", g, cap, false, sup, gross);
  if (wanted("cs")) solve<CostScaling<G, Int, Int> >("cs", g, cap, false, sup, gross);
  if (wanted("cs_sup")) solve<CostScaling<G, Int, Int> >("cs_sup", g, cap, true, sup, gross);
  std::printf("}\n");
  return 0;
}
