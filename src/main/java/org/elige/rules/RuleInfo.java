package org.elige.rules;

import java.time.LocalDate;
import org.elige.model.Text;

/**
 * What a rule's metadata says: a criterion rule ({@code @criterion("JCF-01")}) or a benefit rule
 * ({@code @benefit("JCF")}), its citation, its sentences and the dates it applies to.
 *
 * @param found the observed-facts half of the sentence ("Tiene {age:year}")
 * @param needs the requirement half ("el programa pide entre {jcf.age.min} y {jcf.age.max} años")
 */
public record RuleInfo(
        String criterion,
        String program,
        String name,
        String citation,
        Text found,
        Text needs,
        LocalDate validFrom,
        LocalDate validUntil,
        String file,
        int line) {

    public boolean isBenefit() {
        return criterion == null;
    }

    public boolean appliesOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    public String where() {
        return file + ":" + line + ":1";
    }
}
