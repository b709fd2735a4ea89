import { routeTable } from '../../route-table.ts';

export const memberRoutes = routeTable({ tags: ['peer-support'] }, []);
