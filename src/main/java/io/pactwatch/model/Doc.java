package io.pactwatch.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a fact type or field means to a rule author. The fact reference in docs/rules.md is generated from
 * these, so the documentation cannot drift from the records (docs/rules.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Doc {
    String value();
}
