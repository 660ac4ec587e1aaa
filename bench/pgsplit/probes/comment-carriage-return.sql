-- old Mac line endSELECT 1; -- CRLF
SELECT 2;
