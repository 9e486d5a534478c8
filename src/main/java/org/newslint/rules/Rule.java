package org.newslint.rules;

import java.util.List;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;

/**
 * One newsroom check. The id is stable kebab-case: it is the diagnostic code, the settings key
 * and the name of the rule's page under docs/rules/. Rules are stateless.
 */
public interface Rule {
    String id();

    String description();

    Severity defaultSeverity();

    List<Finding> check(RuleContext context);
}
