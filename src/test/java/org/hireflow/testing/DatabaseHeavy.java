package org.hireflow.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Tests that prove most about the database: CI runs them a second time on Testcontainers'
 * PostgreSQL ({@code -Dgroups=database}), so a new one is in that pass by carrying this
 * annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
public @interface DatabaseHeavy {

}
