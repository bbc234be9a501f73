-- Attachments (附件) of tickets and replies: the content lies under the data directory, named by its SHA-256 (one
-- file per content, however often uploaded); this is the metadata. `purpose` tells the citizen's material (APPEAL)
-- from the unit's proof of handling (HANDLING). `display_name` is the uploaded name made safe, never a path.
CREATE TABLE ticket_attachment (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  ticket_id     bigint NOT NULL REFERENCES ticket (id),
  sha256        char(64) NOT NULL,
  media_type    text NOT NULL,
  size_bytes    bigint NOT NULL,
  display_name  text NOT NULL,
  purpose       text NOT NULL,
  has_thumbnail boolean NOT NULL DEFAULT false,
  uploaded_at   timestamptz NOT NULL,
  uploaded_by   bigint NOT NULL,
  uploader_name text NOT NULL,
  uploader_role text NOT NULL,
  uploader_unit text NOT NULL
);
CREATE INDEX ticket_attachment_ticket_idx ON ticket_attachment (ticket_id, id);

-- Returns rejected since the unit took the ticket: the second rejection sends it to arbitration (仲裁).
ALTER TABLE ticket ADD COLUMN return_rejections integer NOT NULL DEFAULT 0;
-- The recorded call (callback-call) the callback result was taken on.
ALTER TABLE ticket ADD COLUMN callback_call_id text;
