global using Alba;
