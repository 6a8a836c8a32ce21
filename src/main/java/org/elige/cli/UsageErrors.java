package org.elige.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.elige.facts.Fields;
import org.elige.model.Messages;
import org.elige.model.Shown;
import org.elige.model.Text;
import org.elige.rules.Nearest;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line mistakes of a command that speaks a language ({@code --lang}) told in that
 * language, whole: an unknown option with the nearest one, a missing parameter, a value that is
 * not one of the choices or not a date; then where the help is. Commands without {@code --lang},
 * and the commands' own checks, keep their English.
 */
final class UsageErrors implements IParameterExceptionHandler {
    private final IParameterExceptionHandler english;

    UsageErrors(IParameterExceptionHandler english) {
        this.english = english;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) throws Exception {
        CommandLine cli = ex.getCommandLine();
        String lang = lang(cli.getCommandSpec(), args);
        Text sentence = lang == null ? null : sentence(ex, cli.getCommandSpec());
        if (sentence == null) {
            return english.handleParseException(ex, args);
        }
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName();
        err.println(command + ": " + sentence.in(lang));
        err.println(Messages.get(lang, "cli.see_help", command));
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** es or en as {@code --lang} says (its default when absent or not a language), or null for a command without it. */
    static String lang(CommandSpec spec, String[] args) {
        OptionSpec option = spec.findOption("--lang");
        if (option == null) {
            return null;
        }
        String given = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                given = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                given = args[i].substring("--lang=".length());
            }
        }
        return "en".equals(given) || "es".equals(given) ? given : option.defaultValue();
    }

    /** The mistake in words, or null for one these sentences do not cover (the command's own checks). */
    private static Text sentence(ParameterException ex, CommandSpec spec) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (!first.startsWith("-")) {
                return Messages.text("cli.unexpected", Shown.text(first));
            }
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = new ArrayList<>();
            spec.options().forEach(o -> names.addAll(Arrays.asList(o.names())));
            String near = Nearest.of(name, names);
            Text unknown = Messages.text("cli.unknown_option", Shown.text(name));
            return near == null ? unknown : unknown.then(Messages.text("input.did_you_mean", near));
        }
        if (ex instanceof CommandLine.MissingParameterException m
                && !m.getMissing().isEmpty()) {
            return Messages.text("cli.missing", name(m.getMissing().get(0)));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.text("cli.repeated", name(o.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            String value = Shown.text(ex.getValue());
            Class<?> type = arg.type();
            if (type.isEnum()) {
                List<String> choices = Arrays.stream(type.getEnumConstants())
                        .map(Object::toString)
                        .toList();
                Text wrong = Messages.text("cli.bad_choice", name(arg), value, String.join(", ", choices));
                String near = Nearest.of(ex.getValue().toLowerCase(Locale.ROOT), choices);
                return near == null ? wrong : wrong.then(Messages.text("input.did_you_mean", near));
            }
            if (type == LocalDate.class) {
                return isDate(ex.getValue())
                        ? Messages.text(
                                "cli.date_range",
                                name(arg),
                                value,
                                Fields.EARLIEST.toString(),
                                Fields.LATEST.toString())
                        : Messages.text("cli.bad_date", name(arg), value);
            }
            return Messages.text("cli.bad_value", name(arg), value);
        }
        return null;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** An option by its longest name, a positional parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
