CREATE TABLE {{ index .Options "Namespace" }}.users (id int); SELECT 1;
