-- 市级派单: the city platform's case number (市级工单编号) of a ticket that came down from the city's 12345 centre.
-- Unique: one city case is one ticket, however often and however concurrently the city delivers it.
ALTER TABLE ticket ADD COLUMN city_case_no text;
CREATE UNIQUE INDEX ticket_city_case_no_key ON ticket (city_case_no) WHERE city_case_no IS NOT NULL;
