-- Estimation: the estimator's reference data, versioned. Every write publishes a new version; a row is
-- valid from the version that inserted it (valid_from) up to, not including, the version that replaced
-- or removed it (valid_to, NULL while current). Version v therefore reads the rows with
-- valid_from <= v AND (valid_to IS NULL OR valid_to > v), and every earlier version stays readable exactly.
-- position keeps the order of the rows as they were written (seed and CSV order).
-- Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15+.

CREATE TABLE estimation_reference_versions (
    version       INT          NOT NULL PRIMARY KEY,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  UUID,
    note          VARCHAR(500) NOT NULL,
    CONSTRAINT est_ref_versions_positive_ck CHECK (version >= 1)
);

CREATE TABLE estimation_reference_sources (
    source_key  VARCHAR(32)   NOT NULL,
    citation    VARCHAR(1000) NOT NULL,
    position    INT           NOT NULL,
    valid_from  INT           NOT NULL,
    valid_to    INT,
    PRIMARY KEY (source_key, valid_from),
    CONSTRAINT est_ref_sources_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_sources_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_sources_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE TABLE estimation_reference_roles (
    code        VARCHAR(32)    NOT NULL,
    name_en     VARCHAR(100)   NOT NULL,
    name_fr     VARCHAR(100)   NOT NULL,
    ratio       NUMERIC(12, 6) NOT NULL,
    source_key  VARCHAR(32)    NOT NULL,
    note        VARCHAR(1000)  NOT NULL,
    position    INT            NOT NULL,
    valid_from  INT            NOT NULL,
    valid_to    INT,
    PRIMARY KEY (code, valid_from),
    CONSTRAINT est_ref_roles_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_roles_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_roles_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_roles_ratio_ck CHECK (ratio > 0 AND ratio <= 10)
);

CREATE TABLE estimation_reference_seniorities (
    code        VARCHAR(32)    NOT NULL,
    name_en     VARCHAR(100)   NOT NULL,
    name_fr     VARCHAR(100)   NOT NULL,
    ratio       NUMERIC(12, 6) NOT NULL,
    source_key  VARCHAR(32)    NOT NULL,
    note        VARCHAR(1000)  NOT NULL,
    position    INT            NOT NULL,
    valid_from  INT            NOT NULL,
    valid_to    INT,
    PRIMARY KEY (code, valid_from),
    CONSTRAINT est_ref_seniorities_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_seniorities_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_seniorities_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_seniorities_ratio_ck CHECK (ratio > 0 AND ratio <= 10)
);

CREATE TABLE estimation_reference_locations (
    code                 VARCHAR(2)     NOT NULL,
    name_en              VARCHAR(100)   NOT NULL,
    name_fr              VARCHAR(100)   NOT NULL,
    currency             VARCHAR(3)     NOT NULL,
    zone                 VARCHAR(64)    NOT NULL,
    business_start       VARCHAR(5)     NOT NULL,
    business_end         VARCHAR(5)     NOT NULL,
    billable_days        INT            NOT NULL,
    employer_charges     NUMERIC(8, 4)  NOT NULL,
    annual_overhead_eur  NUMERIC(14, 2) NOT NULL,
    source_key           VARCHAR(32)    NOT NULL,
    assumption           BOOLEAN        NOT NULL,
    note                 VARCHAR(1000)  NOT NULL,
    position             INT            NOT NULL,
    valid_from           INT            NOT NULL,
    valid_to             INT,
    PRIMARY KEY (code, valid_from),
    CONSTRAINT est_ref_locations_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_locations_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_locations_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_locations_days_ck CHECK (billable_days BETWEEN 1 AND 366),
    CONSTRAINT est_ref_locations_charges_ck CHECK (employer_charges >= 0 AND employer_charges <= 2),
    CONSTRAINT est_ref_locations_overhead_ck CHECK (annual_overhead_eur >= 0),
    CONSTRAINT est_ref_locations_hours_ck CHECK (business_start < business_end)
);

CREATE TABLE estimation_reference_currency_rates (
    currency      VARCHAR(3)     NOT NULL,
    eur_per_unit  NUMERIC(24, 12) NOT NULL,
    as_of         DATE           NOT NULL,
    source_key    VARCHAR(32)    NOT NULL,
    assumption    BOOLEAN        NOT NULL,
    note          VARCHAR(1000)  NOT NULL,
    position      INT            NOT NULL,
    valid_from    INT            NOT NULL,
    valid_to      INT,
    PRIMARY KEY (currency, valid_from),
    CONSTRAINT est_ref_rates_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_rates_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_rates_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_rates_amount_ck CHECK (eur_per_unit > 0)
);

CREATE TABLE estimation_reference_parameters (
    param_key   VARCHAR(64)    NOT NULL,
    param_value NUMERIC(18, 6) NOT NULL,
    unit        VARCHAR(32)    NOT NULL,
    source_key  VARCHAR(32)    NOT NULL,
    assumption  BOOLEAN        NOT NULL,
    note        VARCHAR(1000)  NOT NULL,
    position    INT            NOT NULL,
    valid_from  INT            NOT NULL,
    valid_to    INT,
    PRIMARY KEY (param_key, valid_from),
    CONSTRAINT est_ref_parameters_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_parameters_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_parameters_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_parameters_value_ck CHECK (param_value >= 0)
);

CREATE TABLE estimation_reference_figures (
    kind        VARCHAR(16)    NOT NULL,
    role        VARCHAR(32)    NOT NULL,
    seniority   VARCHAR(32)    NOT NULL,
    location    VARCHAR(2)     NOT NULL,
    amount      NUMERIC(20, 2) NOT NULL,
    currency    VARCHAR(3)     NOT NULL,
    figure_year INT            NOT NULL,
    source_key  VARCHAR(32)    NOT NULL,
    confidence  VARCHAR(16)    NOT NULL,
    assumption  BOOLEAN        NOT NULL,
    note        VARCHAR(1000)  NOT NULL,
    position    INT            NOT NULL,
    valid_from  INT            NOT NULL,
    valid_to    INT,
    PRIMARY KEY (kind, role, seniority, location, valid_from),
    CONSTRAINT est_ref_figures_from_fk FOREIGN KEY (valid_from) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_figures_to_fk FOREIGN KEY (valid_to) REFERENCES estimation_reference_versions (version),
    CONSTRAINT est_ref_figures_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT est_ref_figures_kind_ck CHECK (kind IN ('SALARY', 'DAY_RATE')),
    CONSTRAINT est_ref_figures_confidence_ck CHECK (confidence IN ('LOW', 'LOW_MEDIUM', 'MEDIUM_LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT est_ref_figures_amount_ck CHECK (amount > 0),
    CONSTRAINT est_ref_figures_year_ck CHECK (figure_year BETWEEN 1990 AND 2100)
);
CREATE INDEX est_ref_figures_location_idx ON estimation_reference_figures (location, kind);
