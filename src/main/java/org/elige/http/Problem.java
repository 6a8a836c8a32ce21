package org.elige.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.elige.model.InputError;

/**
 * An error answer as RFC 9457 problem details ({@code application/problem+json}). {@code errors}
 * lists input problems exactly as the CLI and the decision record name them: a JSON Pointer into
 * the record, the bad value and a message in Spanish and English.
 *
 * @param type     a URI naming the kind of problem, resolvable to the API's documentation
 * @param errors   input problems (JSON Pointer, value, message), or null when not about input
 * @param problems located rule-file or fixture problems ({@code rules/jcf/age.drl:12:8: ...}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<InputError> errors,
        List<String> problems) {

    /** The base of every problem type URI. */
    public static final String TYPES = "https://elige.example/problems/";

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPES + kind, title, status, detail, null, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, problems);
    }

    public Problem withErrors(List<InputError> list) {
        return new Problem(type, title, status, detail, instance, list, problems);
    }

    public Problem withProblems(List<String> list) {
        return new Problem(type, title, status, detail, instance, errors, list);
    }

    /** This problem as an exception a handler throws; the server writes it. */
    public ProblemException toException() {
        return new ProblemException(this);
    }
}
