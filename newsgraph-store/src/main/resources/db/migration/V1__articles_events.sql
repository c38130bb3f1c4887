-- Articles: one row per distinct article; the full processed form (annotations, event mentions) as JSON.
CREATE TABLE article (
    seq          BIGINT AUTO_INCREMENT PRIMARY KEY,
    id           VARCHAR(300)  NOT NULL,
    url          VARCHAR(4000),
    fingerprint  CHAR(64)      NOT NULL,
    location     VARCHAR(4000) NOT NULL,
    title        VARCHAR(4000),
    outlet       VARCHAR(500),
    published    DATE,
    duplicate_of VARCHAR(300),
    body         CLOB          NOT NULL,
    CONSTRAINT article_id_unique UNIQUE (id)
);
CREATE UNIQUE INDEX article_url_unique ON article (url);
CREATE INDEX article_fingerprint ON article (fingerprint);

-- Events and stories are derived from the articles; they are replaced as a whole after each ingest.
CREATE TABLE event (
    id                  VARCHAR(300) PRIMARY KEY,
    story_id            VARCHAR(300) NOT NULL,
    event_date          VARCHAR(40),
    sort_day            DATE,
    place               VARCHAR(500),
    type                VARCHAR(100),
    headline            VARCHAR(4000),
    article_count       INT          NOT NULL,
    independent_sources INT          NOT NULL,
    body                CLOB         NOT NULL
);
CREATE INDEX event_story ON event (story_id);
CREATE INDEX event_sort_day ON event (sort_day);

CREATE TABLE event_article (
    event_id   VARCHAR(300) NOT NULL,
    article_id VARCHAR(300) NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_article_article ON event_article (article_id);

-- What ingestion skipped, and why.
CREATE TABLE ingest_problem (
    seq      BIGINT AUTO_INCREMENT PRIMARY KEY,
    location VARCHAR(4000) NOT NULL,
    code     VARCHAR(100)  NOT NULL,
    message  VARCHAR(4000) NOT NULL
);
