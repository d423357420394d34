-- Talent: party profiles of organizations, people of providers and freelancers, the skill vocabulary,
-- availability periods and the allocations booked against them. Portable SQL: H2 (MODE=PostgreSQL) and
-- PostgreSQL 15+. Lists of codes (languages) are stored comma-separated; lists of free text (certifications,
-- contacts) as JSON arrays.

CREATE TABLE party_profiles (
    organization_id  UUID         NOT NULL PRIMARY KEY,
    zone             VARCHAR(64)  NOT NULL,
    work_start       TIME         NOT NULL,
    work_end         TIME         NOT NULL,
    languages        VARCHAR(400) NOT NULL,
    contacts_json    TEXT         NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT party_profiles_org_fk FOREIGN KEY (organization_id) REFERENCES organizations (id)
);

-- freelancer_org_id repeats organization_id for a freelancer's own profile and is NULL otherwise: its unique
-- constraint keeps a freelancer organization at exactly one person, on both databases, without a partial index.
CREATE TABLE people (
    id                 UUID          NOT NULL PRIMARY KEY,
    organization_id    UUID          NOT NULL,
    freelancer_org_id  UUID,
    user_id            UUID,
    display_name       VARCHAR(200)  NOT NULL,
    email              VARCHAR(320)  NOT NULL,
    seniority          VARCHAR(16)   NOT NULL,
    day_rate           NUMERIC(12,2) NOT NULL,
    currency           VARCHAR(3)    NOT NULL,
    zone               VARCHAR(64)   NOT NULL,
    work_start         TIME          NOT NULL,
    work_end           TIME          NOT NULL,
    languages          VARCHAR(400)  NOT NULL,
    certifications     TEXT          NOT NULL,
    listed             BOOLEAN       NOT NULL DEFAULT TRUE,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT people_org_fk FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT people_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT people_user_uq UNIQUE (user_id),
    CONSTRAINT people_freelancer_uq UNIQUE (freelancer_org_id),
    CONSTRAINT people_freelancer_ck CHECK (freelancer_org_id IS NULL OR freelancer_org_id = organization_id),
    CONSTRAINT people_seniority_ck CHECK (seniority IN ('JUNIOR', 'CONFIRMED', 'SENIOR', 'LEAD')),
    CONSTRAINT people_rate_ck CHECK (day_rate >= 0)
);
CREATE INDEX people_org_idx ON people (organization_id, display_name);

CREATE TABLE skills (
    code     VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_en  VARCHAR(100) NOT NULL,
    name_fr  VARCHAR(100) NOT NULL
);

-- Aliases are stored folded (lower case, no accents, single spaces), as the matcher compares them.
CREATE TABLE skill_aliases (
    alias  VARCHAR(100) NOT NULL PRIMARY KEY,
    code   VARCHAR(64)  NOT NULL,
    CONSTRAINT skill_aliases_code_fk FOREIGN KEY (code) REFERENCES skills (code)
);

-- A vocabulary skill (is_tag false, skill = skills.code) or a free tag (is_tag true, skill = the folded tag).
CREATE TABLE person_skills (
    person_id  UUID         NOT NULL,
    skill      VARCHAR(100) NOT NULL,
    is_tag     BOOLEAN      NOT NULL,
    CONSTRAINT person_skills_pk PRIMARY KEY (person_id, is_tag, skill),
    CONSTRAINT person_skills_person_fk FOREIGN KEY (person_id) REFERENCES people (id)
);

CREATE TABLE availability (
    id                  UUID NOT NULL PRIMARY KEY,
    person_id           UUID NOT NULL,
    from_date           DATE NOT NULL,
    to_date             DATE NOT NULL,
    allocation_percent  INT  NOT NULL,
    CONSTRAINT availability_person_fk FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT availability_dates_ck CHECK (to_date >= from_date),
    CONSTRAINT availability_percent_ck CHECK (allocation_percent BETWEEN 1 AND 100)
);
CREATE INDEX availability_person_idx ON availability (person_id, from_date);

-- One row per staffing of the engagement module, written in its transaction through Allocations.
CREATE TABLE talent_allocations (
    staffing_id         UUID NOT NULL PRIMARY KEY,
    person_id           UUID NOT NULL,
    from_date           DATE NOT NULL,
    to_date             DATE NOT NULL,
    allocation_percent  INT  NOT NULL,
    CONSTRAINT talent_allocations_person_fk FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT talent_allocations_dates_ck CHECK (to_date >= from_date),
    CONSTRAINT talent_allocations_percent_ck CHECK (allocation_percent BETWEEN 1 AND 100)
);
CREATE INDEX talent_allocations_person_idx ON talent_allocations (person_id, from_date);

INSERT INTO skills (code, name_en, name_fr) VALUES
    ('devops', 'DevOps', 'DevOps'),
    ('kubernetes', 'Kubernetes', 'Kubernetes'),
    ('docker', 'Docker', 'Docker'),
    ('terraform', 'Terraform', 'Terraform'),
    ('ansible', 'Ansible', 'Ansible'),
    ('ci-cd', 'CI/CD', 'Intégration et déploiement continus'),
    ('aws', 'Amazon Web Services', 'Amazon Web Services'),
    ('azure', 'Microsoft Azure', 'Microsoft Azure'),
    ('gcp', 'Google Cloud', 'Google Cloud'),
    ('java', 'Java', 'Java'),
    ('spring', 'Spring', 'Spring'),
    ('dotnet', '.NET', '.NET'),
    ('python', 'Python', 'Python'),
    ('javascript', 'JavaScript', 'JavaScript'),
    ('typescript', 'TypeScript', 'TypeScript'),
    ('react', 'React', 'React'),
    ('angular', 'Angular', 'Angular'),
    ('nodejs', 'Node.js', 'Node.js'),
    ('sql', 'SQL', 'SQL'),
    ('postgresql', 'PostgreSQL', 'PostgreSQL'),
    ('data-engineering', 'Data engineering', 'Ingénierie des données'),
    ('spark', 'Apache Spark', 'Apache Spark'),
    ('kafka', 'Apache Kafka', 'Apache Kafka'),
    ('power-bi', 'Power BI', 'Power BI'),
    ('machine-learning', 'Machine learning', 'Apprentissage automatique'),
    ('cybersecurity', 'Cybersecurity', 'Cybersécurité'),
    ('soc', 'Security operations centre (SOC)', 'Centre des opérations de sécurité (SOC)'),
    ('itil', 'ITIL', 'ITIL'),
    ('helpdesk', 'Helpdesk', 'Support utilisateurs'),
    ('windows-admin', 'Windows administration', 'Administration Windows'),
    ('linux-admin', 'Linux administration', 'Administration Linux'),
    ('networking', 'Network administration', 'Administration réseau'),
    ('scrum', 'Scrum', 'Scrum');

INSERT INTO skill_aliases (alias, code) VALUES
    ('dev ops', 'devops'),
    ('k8s', 'kubernetes'),
    ('kube', 'kubernetes'),
    ('containers', 'docker'),
    ('tf', 'terraform'),
    ('ci/cd', 'ci-cd'),
    ('continuous integration', 'ci-cd'),
    ('continuous delivery', 'ci-cd'),
    ('amazon aws', 'aws'),
    ('ms azure', 'azure'),
    ('google cloud platform', 'gcp'),
    ('jvm', 'java'),
    ('spring boot', 'spring'),
    ('springboot', 'spring'),
    ('.net core', 'dotnet'),
    ('c#', 'dotnet'),
    ('py', 'python'),
    ('js', 'javascript'),
    ('ts', 'typescript'),
    ('reactjs', 'react'),
    ('react.js', 'react'),
    ('angularjs', 'angular'),
    ('node', 'nodejs'),
    ('node.js', 'nodejs'),
    ('postgres', 'postgresql'),
    ('data engineer', 'data-engineering'),
    ('etl', 'data-engineering'),
    ('data pipelines', 'data-engineering'),
    ('pyspark', 'spark'),
    ('powerbi', 'power-bi'),
    ('ml', 'machine-learning'),
    ('security', 'cybersecurity'),
    ('cyber security', 'cybersecurity'),
    ('infosec', 'cybersecurity'),
    ('security operations', 'soc'),
    ('itil v4', 'itil'),
    ('help desk', 'helpdesk'),
    ('service desk', 'helpdesk'),
    ('it support', 'helpdesk'),
    ('windows server', 'windows-admin'),
    ('active directory', 'windows-admin'),
    ('linux', 'linux-admin'),
    ('sysadmin', 'linux-admin'),
    ('network', 'networking'),
    ('agile', 'scrum');
