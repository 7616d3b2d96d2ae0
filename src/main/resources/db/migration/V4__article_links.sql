-- The links the document cited (JSON list of {start, end, url} with offsets into the body), kept so that the text
-- can be analysed again with a newer model without losing them; null for articles stored before this version.
ALTER TABLE article ADD COLUMN links_json TEXT;
