-- PostgreSQL form of the embedded store's V1 (db/migration/V1__articles_events.sql): the same tables, columns and
-- indexes; identity instead of AUTO_INCREMENT and TEXT instead of CLOB. V2 onwards run the embedded store's own SQL.
CREATE TABLE article (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           VARCHAR(300)  NOT NULL,
    url          VARCHAR(4000),
    fingerprint  CHAR(64)      NOT NULL,
    location     VARCHAR(4000) NOT NULL,
    title        VARCHAR(4000),
    outlet       VARCHAR(500),
    published    DATE,
    duplicate_of VARCHAR(300),
    body         TEXT          NOT NULL,
    CONSTRAINT article_id_unique UNIQUE (id)
);
CREATE UNIQUE INDEX article_url_unique ON article (url);
CREATE INDEX article_fingerprint ON article (fingerprint);

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
    body                TEXT         NOT NULL
);
CREATE INDEX event_story ON event (story_id);
CREATE INDEX event_sort_day ON event (sort_day);
-- the listing order (newest day first, then size, then id) as one index: a page is an index range scan
CREATE INDEX event_listing ON event (sort_day DESC NULLS LAST, article_count DESC, id COLLATE "C");

CREATE TABLE event_article (
    event_id   VARCHAR(300) NOT NULL,
    article_id VARCHAR(300) NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_article_article ON event_article (article_id);

CREATE TABLE ingest_problem (
    seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location VARCHAR(4000) NOT NULL,
    code     VARCHAR(100)  NOT NULL,
    message  VARCHAR(4000) NOT NULL
);
