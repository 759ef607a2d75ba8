-- Foundation schema: users and roles, the service catalog. Portable between H2 and PostgreSQL.

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id            bigint                   not null primary key,
    username      varchar(80)              not null,
    display_name  varchar(160)             not null,
    email         varchar(254),
    password_hash varchar(255)             not null,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint                   not null,
    constraint uk_app_user_username unique (username)
);
create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);

create sequence it_service_seq start with 1 increment by 50;
create table it_service (
    id               bigint                   not null primary key,
    name             varchar(120)             not null,
    name_key         varchar(120)             not null,
    description      varchar(4000),
    owner            varchar(160),
    criticality      varchar(20)              not null,
    lifecycle_status varchar(20)              not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null,
    constraint uk_it_service_name unique (name_key)
);

create sequence business_unit_seq start with 1 increment by 50;
create table business_unit (
    id                      bigint                   not null primary key,
    name                    varchar(120)             not null,
    name_key                varchar(120)             not null,
    description             varchar(4000),
    relationship_manager_id bigint references app_user (id),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint                   not null,
    constraint uk_business_unit_name unique (name_key)
);
create index ix_business_unit_rm on business_unit (relationship_manager_id);

create table business_unit_contact (
    business_unit_id bigint       not null references business_unit (id) on delete cascade,
    position         integer      not null,
    name             varchar(160) not null,
    email            varchar(254),
    job_title        varchar(120),
    phone            varchar(40),
    primary key (business_unit_id, position)
);

create table business_unit_service (
    business_unit_id bigint not null references business_unit (id) on delete cascade,
    service_id       bigint not null references it_service (id) on delete cascade,
    primary key (business_unit_id, service_id)
);
create index ix_business_unit_service_service on business_unit_service (service_id);
