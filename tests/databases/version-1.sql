-- A database as Qizhen 0.1.0 (schema version 1) left it, with two
-- enterprises (one with a contact), for the migration test.
CREATE TABLE meta (  key   TEXT PRIMARY KEY,  value TEXT NOT NULL);
CREATE TABLE enterprise (  id            INTEGER PRIMARY KEY,  uuid          TEXT NOT NULL UNIQUE,  name          TEXT NOT NULL CHECK (name <> ''),  uscc          TEXT NOT NULL DEFAULT '',  industry_code TEXT NOT NULL DEFAULT '',  province      TEXT NOT NULL DEFAULT '',  city          TEXT NOT NULL DEFAULT '',  county        TEXT NOT NULL DEFAULT '',  address       TEXT NOT NULL DEFAULT '',  contact_name  TEXT NOT NULL DEFAULT '',  contact_phone TEXT NOT NULL DEFAULT '',  notes         TEXT NOT NULL DEFAULT '',  employees     INTEGER CHECK (employees >= 0),  revenue       REAL CHECK (revenue >= 0),  created       INTEGER NOT NULL,  updated       INTEGER NOT NULL,  origin        TEXT NOT NULL,  deleted       INTEGER);
CREATE INDEX enterprise_by_change ON enterprise (deleted, updated DESC);

INSERT INTO meta (key, value) VALUES ('origin', '8a1c3f52-5b1e-4c55-9d0e-2f3b4c5d6e7f');
INSERT INTO enterprise (uuid, name, uscc, industry_code, county, employees, revenue, created, updated, origin)
  VALUES ('0c7f5d36-2d8a-4f3e-9a41-3e2b1c0d9e8f', '永嘉泵阀厂', '91330324MA2J00001D', 'C3443', '永嘉县', 180, 8600.5,
          1763769600000000, 1763769600000000, '8a1c3f52-5b1e-4c55-9d0e-2f3b4c5d6e7f');
INSERT INTO enterprise (uuid, name, county, contact_name, contact_phone, created, updated, origin)
  VALUES ('5b2e8c41-7a3d-4e6f-8b19-0d4c2a6e8f13', '乐清开关厂', '乐清市', '陈经理', '13800000000',
          1763769600000000, 1763769600000000, '8a1c3f52-5b1e-4c55-9d0e-2f3b4c5d6e7f');
PRAGMA application_id = 1366967362;
PRAGMA user_version = 1;
