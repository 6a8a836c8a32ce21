package org.elige.vary;

import java.nio.file.Path;
import org.elige.DemoRules;

/**
 * The demo rules plus program INC for a household: ELIGIBLE while its monthly income is at most
 * 5,000.50 MXN ({@code inc.income.max}), 1,200 MXN every two months. A limit a test can cross by a cent.
 */
final class IncomeRules {
    static final String RECORD = """
            {"schema_version": "1.0", "household_id": "H-INC", "evaluation_date": "2025-10-01",
             "household_monthly_income_mxn": 3000,
             "members": [{"member_id": "P1", "birth_date": "1980-01-02", "sex": "M",
                          "relationship_to_head": "HEAD", "deceased": false, "studying": false,
                          "monthly_income_mxn": 3000}]}
            """;

    private IncomeRules() {}

    static Path in(Path parent) {
        return DemoRules.in(parent)
                .write("inc/program.yaml", """
                        id: INC
                        name: {es: "Apoyo por ingreso", en: "Income support"}
                        unit: HOUSEHOLD
                        criteria: [INC-01]
                        period:
                          from: 2020-01-01
                          note: {es: "Las reglas anteriores no están publicadas.", en: "Earlier rules are not published."}
                        """)
                .write("inc/parameters.yaml", """
                        inc.income.max:
                          description: {es: "Ingreso mensual máximo del hogar", en: "Maximum monthly household income"}
                          unit: MXN/month
                          values:
                            - {valid_from: 2020-01-01, value: 5000.50, tag: SEC, source: "Income rules, section 1"}
                        inc.amount:
                          description: {es: "Monto bimestral", en: "Amount every two months"}
                          unit: MXN/2 months
                          values:
                            - {valid_from: 2020-01-01, value: 1200, tag: SEC, source: "Income rules, section 2"}
                        """)
                .write("inc/rules.drl", """
                        package rules.inc;

                        import org.elige.facts.*;
                        import org.elige.engine.Check;
                        import org.elige.engine.BenefitBuilder;

                        global org.elige.engine.Findings out;

                        rule "Income at most the limit"
                            @criterion("INC-01")
                            @citation("Income rules, section 1")
                            @es_found("Ingreso de {household_monthly_income_mxn} MXN") @en_found("Income of {household_monthly_income_mxn} MXN")
                            @es_needs("pide a lo más {inc.income.max} MXN") @en_needs("requires at most {inc.income.max} MXN")
                        when
                            $h : Household()
                        then
                            Check c = out.check(kcontext, $h);
                            c.decide(c.atMost($h.monthlyIncome(), "inc.income.max"));
                        end

                        rule "Amount every two months"
                            @benefit("INC")
                            @es_found("{amount} MXN al bimestre") @en_found("{amount} MXN every two months")
                        when
                            $h : Household()
                        then
                            BenefitBuilder b = out.benefit(kcontext, $h);
                            b.amount(b.number("inc.amount")).per("MXN/2 months").give();
                        end
                        """)
                .dir();
    }
}
