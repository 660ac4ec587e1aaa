/* a /* b ; */ ; */ SELECT 1; /* x */ ; -- y ;
 SELECT 2 /* ; */ ;
/*/* c */ **/ SELECT 3;
