-- The person the helpdesk handed a pending request to: they decide it as its approver would. Kept apart
-- from assigned_to (who on the helpdesk has taken the request on), which gives no right to decide.
-- Portable SQL: H2 2.x and PostgreSQL.
ALTER TABLE access_request ADD COLUMN reassigned_to VARCHAR(256);
