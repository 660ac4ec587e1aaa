;;
-- only comments
/* ; */
