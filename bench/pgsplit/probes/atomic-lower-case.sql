create function f() returns int language sql begin atomic; select 1; end; select 2;
