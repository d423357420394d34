package org.pilotage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the test on PostgreSQL with the {@code postgres} profile, in a schema of its own created for this
 * test run. Skipped when PostgreSQL cannot be reached, unless {@code PILOTAGE_REQUIRE_PG=1}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ActiveProfiles("postgres")
@ExtendWith(PostgresSchema.class)
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface PostgresDatabase {
}
