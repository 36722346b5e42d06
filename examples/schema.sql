-- A small shop: customers place orders for products.
-- Bring a database to it with: ./atlas schema apply --url URL --to file://examples/schema.sql

CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    full_name  text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customers IS 'People who can place orders';

CREATE TABLE products (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku   varchar(32) NOT NULL UNIQUE,
    name  text NOT NULL,
    price numeric(10, 2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status      order_status NOT NULL DEFAULT 'pending',
    placed_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN orders.status IS 'Where the order is in its life';
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status IN ('pending', 'paid');

CREATE TABLE order_lines (
    order_id   bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);
