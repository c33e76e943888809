// JGraphT peer for the analysis benchmarks: bounded simple cycles by Hawick–James (setPathLimit).
// Usage: java -cp ... JgraphtPeer cycles FILE.csv K
// Reads an edge-list CSV (header from,to,amount; parallel rows merged, self-loops dropped) and
// prints {"count":..,"ms":..} with the CPU time of the count alone.
import java.io.BufferedReader;
import java.io.FileReader;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

public class JgraphtPeer {
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !args[0].equals("cycles")) {
      System.err.println("usage: JgraphtPeer cycles FILE.csv K");
      System.exit(2);
    }
    SimpleDirectedGraph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    Map<String, Integer> id = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new FileReader(args[1]))) {
      in.readLine();
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isEmpty()) continue;
        String[] f = line.split(",", -1);
        if (f[0].equals(f[1])) continue;
        Integer a = id.computeIfAbsent(f[0], k -> id.size());
        Integer b = id.computeIfAbsent(f[1], k -> id.size());
        g.addVertex(a);
        g.addVertex(b);
        if (!g.containsEdge(a, b)) g.addEdge(a, b);
      }
    }
    int k = Integer.parseInt(args[2]);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    HawickJamesSimpleCycles<Integer, DefaultEdge> hj = new HawickJamesSimpleCycles<>(g);
    if (k > 0) hj.setPathLimit(k);
    long count = hj.countSimpleCycles();
    double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
    System.out.println("{\"count\":" + count + ",\"ms\":" + ms + "}");
  }
}
