package org.pilotage.estimation.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, loads the reference file's figures from
 * {@code estimation/seed/<dataset>.csv} as version 1. Later starts find a version and do nothing; two instances
 * starting together race on the version's key and one of them gives way.
 */
@Component
@Order(5)
class ReferenceSeed implements ApplicationRunner {

	static final String NOTE = "Seed from the reference file";
	private static final Logger log = LoggerFactory.getLogger(ReferenceSeed.class);

	private final ReferenceData data;

	ReferenceSeed(ReferenceData data) {
		this.data = data;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (data.seed(rows(), NOTE)) {
				log.info("Loaded the estimator's reference data as version 1");
			}
		}
		catch (DuplicateKeyException anotherInstanceWasFirst) {
			log.info("Another instance loaded the estimator's reference data first");
		}
	}

	static Map<Dataset, List<Row>> rows() {
		Map<Dataset, List<Row>> rows = new EnumMap<>(Dataset.class);
		for (Dataset dataset : Dataset.values()) {
			rows.put(dataset, ReferenceCsv.read(dataset, text("estimation/seed/" + dataset.id() + ".csv")));
		}
		return rows;
	}

	private static String text(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
	}
}
