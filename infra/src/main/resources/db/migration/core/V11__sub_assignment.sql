-- 分拣转办: the community (社区) a lead street passed the ticket down to, and that community's reply to its street
-- (reviewed by the street before it becomes the unit's reply). A community sees the tickets passed down to it.
ALTER TABLE ticket ADD COLUMN sub_unit_id text REFERENCES org_unit (id);
ALTER TABLE ticket ADD COLUMN sub_reply text;
CREATE INDEX ticket_sub_unit_idx ON ticket (sub_unit_id, status) WHERE sub_unit_id IS NOT NULL;
