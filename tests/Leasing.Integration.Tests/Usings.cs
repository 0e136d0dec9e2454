global using Alba;
global using Xunit;
