-- What a fetched or uploaded page said about itself; null when it did not say.
ALTER TABLE article ADD COLUMN byline TEXT;
ALTER TABLE article ADD COLUMN published VARCHAR(40); -- ISO-8601 text as the page gave it
ALTER TABLE article ADD COLUMN outlet TEXT;
ALTER TABLE article ADD COLUMN canonical_url TEXT;
