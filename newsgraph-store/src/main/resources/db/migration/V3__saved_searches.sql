-- Saved searches (alerts): a name and the event filters as a query string, as /api/events takes them.
CREATE TABLE saved_search (
    name  VARCHAR(100)  PRIMARY KEY,
    query VARCHAR(4000) NOT NULL
);
