-- 话后整理 as a pause reason (issue 16): a pause an agent begins within the queue's wrap-up time with this reason
-- extends the call's wrap-up until the agent is ready again (MemberFold); Asterisk gets the label as PausedReason.
INSERT INTO pause_reason (code, label, position)
SELECT 'WRAP_UP', '话后整理', coalesce(max(position), 0) + 1 FROM pause_reason
HAVING NOT EXISTS (SELECT 1 FROM pause_reason WHERE code = 'WRAP_UP' OR label = '话后整理');
