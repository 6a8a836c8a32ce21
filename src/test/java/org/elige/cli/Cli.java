package org.elige.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with captured streams. */
record Cli(int code, String out, String err) {

    static Cli withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err),
                args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli run(String... args) {
        return withInput("", args);
    }
}
