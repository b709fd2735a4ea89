import { routeTable } from '../../route-table.ts';

export const supporterRoutes = routeTable({ tags: ['peer-support'] }, []);
