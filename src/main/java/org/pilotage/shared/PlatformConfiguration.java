package org.pilotage.shared;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** The one clock every module reads, so that tests can move time and demo data can replay past weeks. */
	@Bean
	@ConditionalOnMissingBean
	PlatformClock clock() {
		return new PlatformClock(Clock.systemUTC());
	}
}
