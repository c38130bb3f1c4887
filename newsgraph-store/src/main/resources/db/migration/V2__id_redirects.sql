-- Ids that were handed out and no longer name a live event or story (they were merged into another one, or
-- renamed because an earlier article joined), each with the live id that now holds most of its articles.
-- Chains are kept flat: when a target itself goes away, every redirect to it is re-pointed.
CREATE TABLE id_redirect (
    kind   VARCHAR(10)  NOT NULL,  -- 'event' or 'story'
    old_id VARCHAR(300) NOT NULL,
    new_id VARCHAR(300) NOT NULL,
    PRIMARY KEY (kind, old_id)
);
CREATE INDEX id_redirect_target ON id_redirect (kind, new_id);
