import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetLoader;
import org.elige.vary.Sweep;
import org.elige.vary.Variation;

/**
 * Issue 18: an 80-point `evaluate --vary` of the sample household's income, warm, in process, on
 * one shared rule base: ROUNDS rounds after WARMUP, each timed in wall and this thread's CPU.
 *
 *   java -cp target/elige.jar bench/VaryWarm.java [WARMUP] [ROUNDS]
 */
public class VaryWarm {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        RuleSet rules = RuleSetLoader.load(Path.of("rules"));
        byte[] record = Files.readAllBytes(Path.of("examples/household.json"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpus = new double[rounds];
        Sweep last = null;
        for (int i = -warmup; i < rounds; i++) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            last = Variation.run(
                    rules,
                    record,
                    null,
                    Map.of(),
                    "/household_monthly_income_mxn",
                    BigDecimal.ZERO,
                    new BigDecimal("19750"),
                    new BigDecimal("250"));
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t) / 1e6;
                cpus[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpus);
        System.out.printf(
                "80 points, %d thresholds, %d rounds after %d: wall p50 %.1f ms, p90 %.1f ms; CPU p50 %.1f ms, p90 %.1f ms%n",
                last.thresholds().size(),
                rounds,
                warmup,
                wall[rounds / 2],
                wall[rounds * 9 / 10],
                cpus[rounds / 2],
                cpus[rounds * 9 / 10]);
    }
}
