package org.elige.scale;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.elige.rules.RuleSetException;
import org.elige.rules.YamlFile;
import tools.jackson.databind.JsonNode;

/**
 * The names a copy of a rule folder must change: the program folders (each holding a
 * {@code program.yaml}) with their program ids, every criterion id, and the parameter keys the
 * program folders define.
 *
 * @param folders program folder to program id
 */
record Catalogue(Map<String, String> folders, Set<String> programs, Set<String> criteria, Set<String> keys) {

    /** @param files a rule folder's files by relative path */
    static Catalogue of(Map<String, String> files) throws RuleSetException {
        Map<String, String> folders = new TreeMap<>();
        Set<String> criteria = new TreeSet<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith("/program.yaml")) {
                JsonNode root = YamlFile.parse(f.getKey(), f.getValue()).root();
                folders.put(folderOf(f.getKey()), root.path("id").asString());
                root.path("criteria").forEach(c -> criteria.add(c.asString()));
            }
        }
        Set<String> keys = new TreeSet<>();
        files.forEach((path, text) -> {
            if (path.endsWith("/parameters.yaml") && folders.containsKey(folderOf(path))) {
                keys.addAll(Copy.definedKeys(text));
            }
        });
        return new Catalogue(folders, Set.copyOf(folders.values()), criteria, keys);
    }

    /** The program folder holding this file, or null when none does. */
    String folder(String path) {
        String folder = folderOf(path);
        return folders.containsKey(folder) ? folder : null;
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
