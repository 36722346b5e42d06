-- A small shop for MySQL 8 and MariaDB, loaded as the mysql client would load it:
--   ./atlas schema apply --url embedded://mariadb/shop --to file://examples/mysql/schema.sql
CREATE TABLE customers (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(255) NOT NULL,
  name varchar(100),
  UNIQUE KEY customers_email (email)
);

CREATE TABLE `order` (
  `key` bigint NOT NULL PRIMARY KEY,
  customer_id bigint NOT NULL,
  `select` enum('standard', 'express') NOT NULL DEFAULT 'standard',
  total decimal(12,2) NOT NULL DEFAULT 0,
  created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT order_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
  CONSTRAINT order_total CHECK (total >= 0)
);

CREATE TABLE order_log (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_key bigint NOT NULL,
  note varchar(200) NOT NULL
);

DELIMITER $$
CREATE TRIGGER order_logged AFTER INSERT ON `order` FOR EACH ROW
BEGIN
  INSERT INTO order_log (order_key, note) VALUES (NEW.`key`, CONCAT('new order of ', NEW.total));
END$$

CREATE PROCEDURE touch_order(IN k bigint)
BEGIN
  UPDATE `order` SET total = total WHERE `key` = k;
END$$
DELIMITER ;

CREATE VIEW big_orders AS SELECT `key`, customer_id, total FROM `order` WHERE total > 100;
