package dev.concierge.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's worker threads per operation ({@code -prof
 * dev.concierge.benchmarks.CpuTimeProfiler}). On a machine other builds share, wall-clock
 * throughput swings with their load, because the benchmark thread waits for a core; the CPU time
 * the worker itself spent per operation swings far less, so it compares two libraries more fairly
 * then. It leaves out the JIT compiler and the garbage collector (threads ThreadMXBean cannot see):
 * read it beside {@code -prof gc}'s bytes per operation.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long before;

  @Override
  public String getDescription() {
    return "worker threads' CPU time per operation, which other processes' load barely inflates";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = workerCpuNanos();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = workerCpuNanos() - before;
    long ops = result.getMetadata().getMeasuredOps();
    double nanosPerOp = ops == 0 ? Double.NaN : (double) cpu / ops;
    return List.of(
        new ScalarResult("cpu.time.norm", nanosPerOp, "ns/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.ops", 1e9 / nanosPerOp, "ops/cpu-s", AggregationPolicy.AVG));
  }

  private long workerCpuNanos() {
    long total = 0;
    for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (thread != null && thread.getThreadName().contains("jmh-worker")) {
        total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
      }
    }
    return total;
  }
}
