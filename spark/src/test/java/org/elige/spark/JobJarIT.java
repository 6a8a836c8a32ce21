package org.elige.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.elige.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The job jar as a cluster runs it: Spark's launcher ({@code SparkSubmit}) on Spark's own class
 * path (its Jackson 2, its ANTLR, its SLF4J provider, its servlet API) with the jar added, as
 * {@code spark-submit --master local[2] target/elige-spark.jar decide …} does.
 */
class JobJarIT {
    @TempDir
    Path dir;

    @Test
    void sparkSubmitDecidesAGeneratedCaseloadWithTheJobJar() throws Exception {
        List<String> lines = LocalSpark.generate(dir, 200);
        Path input = dir.resolve("caseload.jsonl");
        Files.write(input, lines);
        Path output = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Delige.cache=" + System.getProperty("elige.cache")));
        command.addAll(List.of(
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
                "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
                "-Djdk.reflect.useDirectMethodHandle=false",
                "-cp",
                System.getProperty("spark.classpath"),
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "local[2]",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--class",
                "org.elige.spark.Main",
                System.getProperty("elige.spark.jar"),
                "decide",
                "--rules",
                LocalSpark.RULES.toString(),
                "--input",
                input.toString(),
                "--output",
                output.toString(),
                "--as-of",
                LocalSpark.AS_OF,
                "--report",
                dir.resolve("report.html").toString()));
        File log = dir.resolve("spark-submit.log").toFile();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spark-submit finished");
        String printed = Files.readString(log.toPath());
        assertEquals(0, p.exitValue(), printed);
        assertTrue(printed.contains("200 records, 200 decided"), printed);
        JsonNode manifest = Json.WRITER.readTree(Files.readString(output.resolve("manifest.json")));
        assertEquals(200, manifest.at("/counts/decided").asLong());
        assertTrue(manifest.at("/counts/results").asLong() > 1000, manifest.toString());
        assertTrue(Files.isDirectory(output.resolve("results/program=JCF")));
        String page = Files.readString(dir.resolve("report.html"));
        assertTrue(page.contains("<html lang=\"es\""), "in Spanish by default");
        assertTrue(page.contains("id=\"mexico-states\""), "the map's geometry, from the job jar");
        assertTrue(page.contains("Licensed to the Apache Software Foundation"), "the chart library, from the job jar");
    }
}
