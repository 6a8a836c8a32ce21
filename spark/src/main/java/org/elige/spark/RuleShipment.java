package org.elige.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.elige.rules.RuleSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.RuleSetLoader;

/**
 * What executors need to build a rule set: the texts of its files (whose hash is its id) and where
 * to keep compiled packages. A compiled rule set is not serialisable, so this travels instead and
 * each executor JVM compiles it once ({@link ExecutorRules}).
 *
 * @param shown how rule files are named in messages (the folder as the user gave it)
 * @param cache the package cache folder, {@code off}, or null for the environment's
 *              ({@code ELIGE_CACHE}, else {@code ~/.cache/elige})
 */
public record RuleShipment(String id, String shown, TreeMap<String, String> files, String cache)
        implements Serializable {

    /** Reads a rules folder (not yet compiled). */
    public static RuleShipment read(Path dir, String cache) throws RuleSetException {
        TreeMap<String, String> files = new TreeMap<>(RuleSetLoader.read(dir));
        return new RuleShipment(RuleSetLoader.identity(files), dir.toString(), files, cache);
    }

    /** Compiles the rule files, through the package cache this shipment names. */
    public RuleSet compile() throws RuleSetException {
        Map<String, String> texts = files;
        if (cache == null) {
            return RuleSetLoader.load(shown, texts);
        }
        return RuleSetLoader.load(shown, texts, cache.equals("off") ? null : Path.of(cache));
    }
}
