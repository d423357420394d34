package org.pilotage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PilotageApplication {

	public static void main(String[] args) {
		SpringApplication.run(PilotageApplication.class, args);
	}
}
