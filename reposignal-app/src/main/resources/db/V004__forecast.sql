-- The forecast ledger (issue 8): every call `reposignal forecast` made, so its track record can be
-- measured once the horizon has passed. Calls are never rewritten: re-running a forecast for the
-- same as-of day, horizon, K and model version keeps the calls first made.
CREATE TABLE forecast_call (
  -- The data date: the last snapshot day the call read (nothing after it).
  as_of DATE NOT NULL,
  horizon INTEGER NOT NULL,
  top_k INTEGER NOT NULL,
  -- absolute (stars gained) or relative (stars gained / stars on as_of).
  target VARCHAR NOT NULL,
  model_version VARCHAR NOT NULL,
  -- 1 = the most probable call of its forecast.
  call_rank INTEGER NOT NULL,
  repo VARCHAR NOT NULL,
  probability DOUBLE NOT NULL,
  -- JSON object: feature name -> value (null where unknown), as the model read them.
  features VARCHAR NOT NULL,
  -- The last snapshot day the database held when the call was made: later than as_of means the
  -- call was made in hindsight (backfilled), equal means it was live.
  data_last_day DATE NOT NULL,
  made_at TIMESTAMP NOT NULL,
  PRIMARY KEY (as_of, horizon, top_k, target, model_version, repo)
);
