-- An alert may name a webhook: an http(s) URL its new matching events are POSTed to by 'newsgraph serve'.
ALTER TABLE saved_search ADD COLUMN webhook VARCHAR(2000);
