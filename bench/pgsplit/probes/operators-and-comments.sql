SELECT 1 +-- c ;
 2; SELECT 1 */* ; */ 2; SELECT 2 @-@ 3; SELECT 3 ||/* x */'a';
